package cn.dangjian.pairing;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairing and alliance register (联建共建台账): every pairing of the branch whose term touches the year, on
 * either side, with its partner, term, signatories, its goals under the three joints and four 联, and the evidence
 * recorded in the year.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class PairingRegisterBook implements RecordBookSource {

    private static final Description BOOK = Description.of("pairings", 40, "book.pairings");

    private final PairingService pairings;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    PairingRegisterBook(PairingService pairings, OrganizationDirectory organization, RecordBookKit kit) {
        this.pairings = pairings;
        this.organization = organization;
        this.kit = kit;
    }

    @Override
    public Description description() {
        return BOOK;
    }

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        RecordBook.Table register = RecordBook.Table.of(
                t.t("book.pairings"),
                t.t("book.col.agreement"),
                3f,
                t.t("book.col.kind"),
                1.4f,
                t.t("book.col.partner"),
                2.6f,
                t.t("book.col.status"),
                1.2f,
                t.t("book.col.termStart"),
                1.6f,
                t.t("book.col.termEnd"),
                1.6f,
                t.t("book.col.signatories"),
                2.4f);
        RecordBook.Table goals = RecordBook.Table.of(
                t.t("book.pairings.goals"),
                t.t("book.col.agreement"),
                2.6f,
                t.t("book.col.dimension"),
                1.6f,
                t.t("book.col.goal"),
                4f,
                t.t("book.col.dueDate"),
                1.5f,
                t.t("book.col.metDate"),
                1.5f,
                t.t("book.col.evidenceCount"),
                1.2f);
        RecordBook.Table evidence = RecordBook.Table.of(
                t.t("book.pairings.evidence"),
                t.t("book.col.agreement"),
                2.6f,
                t.t("book.col.date"),
                1.5f,
                t.t("book.col.evidenceKind"),
                1.6f,
                t.t("book.col.subject"),
                3f,
                t.t("book.col.description"),
                4f);
        List<PairingRow> rows =
                pairings.search(new PairingFilter(branchId, null, null, null), 0, 1_000, Sort.by("termStart"));
        for (PairingRow row : rows) {
            if (row.termStart().isAfter(last) || row.termEnd().isBefore(first)) {
                continue;
            }
            PairingDetail d = pairings.detail(row.id());
            boolean ours = d.branchId() == branchId;
            register.add(
                    d.agreementTitle(),
                    t.t("enum.PairingKind." + d.kind()),
                    ours ? d.partnerName() : d.branchName(),
                    t.t("enum.PairingStatus." + d.status()),
                    d.termStart(),
                    d.termEnd(),
                    join(d.signatoryOwn(), d.signatoryPartner()));
            for (PairingDetail.GoalProgress g : d.goals()) {
                goals.add(
                        d.agreementTitle(),
                        t.t("enum.GoalDimension." + g.dimension()),
                        g.target(),
                        g.dueDate(),
                        g.metDate(),
                        g.linkedEvidence());
            }
            for (PairingDetail.EvidenceItem e : d.evidence()) {
                if (e.happenedOn().getYear() == year) {
                    evidence.add(
                            d.agreementTitle(),
                            e.happenedOn(),
                            t.t("enum.EvidenceKind." + e.kind()),
                            e.title(),
                            e.description());
                }
            }
        }
        return new RecordBook(
                t.t("book.pairings.title", branch.name(), String.valueOf(year)),
                kit.lines(t, branch.name(), year),
                List.of(register, goals, evidence),
                true);
    }

    private static String join(@Nullable String own, @Nullable String partner) {
        return Stream.of(own, partner).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" / "));
    }
}
