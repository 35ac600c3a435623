package cn.dangjian.points.ui;

import cn.dangjian.points.Periods;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;

/** Year, quarter or month of a year: yields the period code of the maintained totals. */
class PeriodPicker extends HorizontalLayout {

    enum Kind {
        YEAR,
        QUARTER,
        MONTH
    }

    private final Select<Kind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> part = new Select<>();

    PeriodPicker(int currentYear, int currentMonth, Runnable onChange) {
        setPadding(false);
        kind.setId("period-kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("points.period." + k));
        kind.setValue(Kind.YEAR);
        year.setId("period-year");
        year.setItems(IntStream.rangeClosed(currentYear - 2, currentYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(currentYear);
        part.setId("period-part");
        part.setVisible(false);
        kind.addValueChangeListener(e -> {
            if (e.getValue() == Kind.YEAR) {
                part.setVisible(false);
            } else {
                List<Integer> items = IntStream.rangeClosed(1, e.getValue() == Kind.QUARTER ? 4 : 12)
                        .boxed()
                        .toList();
                part.setItems(items);
                part.setItemLabelGenerator(p -> getTranslation(
                        e.getValue() == Kind.QUARTER ? "points.period.quarterN" : "points.period.monthN", p));
                part.setValue(e.getValue() == Kind.QUARTER ? (currentMonth - 1) / 3 + 1 : currentMonth);
                part.setVisible(true);
            }
            onChange.run();
        });
        year.addValueChangeListener(e -> onChange.run());
        part.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        add(kind, year, part);
    }

    int period() {
        int y = year.getValue();
        return switch (kind.getValue()) {
            case YEAR -> Periods.year(y);
            case QUARTER -> Periods.quarter(y, part.getValue() == null ? 1 : part.getValue());
            case MONTH -> Periods.month(y, part.getValue() == null ? 1 : part.getValue());
        };
    }

    int year() {
        return year.getValue();
    }
}
