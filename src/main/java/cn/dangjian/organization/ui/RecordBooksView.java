package cn.dangjian.organization.ui;

import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookPdf;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.common.export.RecordBookXlsx;
import cn.dangjian.common.export.XlsxWriter;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 台账: the standard record books of a branch and year, each as .xlsx and as an A4 PDF. The books come from the
 * features (every {@link RecordBookSource} bean); each checks the branch against the viewer again when it is built.
 */
@Route("record-books")
@Menu(title = "book.nav", order = 46, icon = "BOOK")
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.SECRETARY})
class RecordBooksView extends VerticalLayout implements HasDynamicTitle {

    private final List<RecordBookSource> sources;
    private final Select<BranchRef> branch = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Div books = new Div();

    RecordBooksView(
            BranchService branches, CurrentUser currentUser, ObjectProvider<RecordBookSource> sources, Clock clock) {
        addClassName("view");
        AppUser user = currentUser.require();
        this.sources = sources.orderedStream()
                .filter(RecordBookSource::available)
                .sorted(Comparator.comparingInt(s -> s.description().order()))
                .toList();
        List<BranchRef> refs = branches.refs().stream()
                .filter(b -> user.seesWholeHospital() || b.id().equals(user.branchId()))
                .toList();
        branch.setId("book-branch");
        branch.setLabel(getTranslation("book.branch"));
        branch.setItems(refs);
        branch.setItemLabelGenerator(BranchRef::name);
        refs.stream()
                .filter(b -> b.id().equals(user.branchId()))
                .findFirst()
                .or(() -> refs.stream().findFirst())
                .ifPresent(branch::setValue);
        int current = LocalDate.now(clock).getYear();
        year.setId("book-year");
        year.setLabel(getTranslation("book.year"));
        year.setItems(IntStream.rangeClosed(current - 4, current)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList());
        year.setValue(current);
        branch.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(branch, year);
        toolbar.addClassName("toolbar");
        books.setId("record-books");
        add(new ViewHeader(getTranslation("book.nav")), new Paragraph(getTranslation("book.intro")), toolbar, books);
        refresh();
    }

    private void refresh() {
        books.removeAll();
        BranchRef b = branch.getValue();
        Integer y = year.getValue();
        if (b == null || y == null) {
            return;
        }
        sources.forEach(source -> books.add(row(source, b, y)));
    }

    private HorizontalLayout row(RecordBookSource source, BranchRef b, int y) {
        Span name = new Span(getTranslation(source.description().titleKey()));
        name.setMinWidth("14em");
        HorizontalLayout row = new HorizontalLayout(name);
        row.setId("book-" + source.description().key());
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        List<RecordBookSource.Choice> choices = source.choices(b.id(), y);
        Select<RecordBookSource.Choice> choice = new Select<>();
        boolean chooses = !choices.isEmpty() || source.description().choosing();
        if (chooses) {
            choice.setItems(choices);
            choice.setItemLabelGenerator(RecordBookSource.Choice::label);
            choice.setPlaceholder(getTranslation(choices.isEmpty() ? "book.noEvents" : "book.event"));
            choice.setWidth("24em");
            choices.stream().findFirst().ifPresent(choice::setValue);
            row.add(choice);
        }
        Anchor xlsx = download(source, b, y, chooses ? choice : null, false);
        Anchor pdf = download(source, b, y, chooses ? choice : null, true);
        if (chooses) {
            xlsx.setEnabled(!choices.isEmpty());
            pdf.setEnabled(!choices.isEmpty());
            choice.addValueChangeListener(e -> {
                row.replace(row.getComponentAt(2), download(source, b, y, choice, false));
                row.replace(row.getComponentAt(3), download(source, b, y, choice, true));
            });
        }
        row.add(xlsx, pdf);
        return row;
    }

    /** The choice is read when the row is drawn or changed, so the download thread touches no component. */
    private Anchor download(
            RecordBookSource source,
            BranchRef b,
            int y,
            @Nullable Select<RecordBookSource.Choice> choice,
            boolean pdf) {
        Locale locale = getLocale();
        Long chosen = choice == null || choice.getValue() == null
                ? null
                : choice.getValue().id();
        String file = source.description().key() + "-" + b.code() + "-" + y + (chosen == null ? "" : "-" + chosen)
                + (pdf ? ".pdf" : ".xlsx");
        Button button = new Button(
                getTranslation(pdf ? "book.pdf" : "book.xlsx"),
                (pdf ? VaadinIcon.FILE_TEXT_O : VaadinIcon.FILE_TABLE).create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    RecordBook book = source.build(b.id(), y, chosen, locale);
                    event.setFileName(file);
                    event.setContentType(pdf ? RecordBookPdf.CONTENT_TYPE : XlsxWriter.CONTENT_TYPE);
                    if (pdf) {
                        RecordBookPdf.write(book, event.getOutputStream());
                    } else {
                        RecordBookXlsx.write(book, event.getOutputStream());
                    }
                },
                "");
        anchor.add(button);
        anchor.setId("book-" + source.description().key() + (pdf ? "-pdf" : "-xlsx"));
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("book.nav");
    }
}
