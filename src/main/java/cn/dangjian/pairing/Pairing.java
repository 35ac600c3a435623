package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import cn.dangjian.organization.BranchRef;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 联建/结对: a branch with a partner (another branch or an external unit), carrying its
 * co-construction agreement (共建协议) and goals. {@code branch} is the side that proposed or owns it.
 */
@Entity
@Table(name = "pairing")
public class Pairing extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PairingKind kind = PairingKind.INTERNAL;

    // Branches are kept as ids: the organisation feature owns them, names come through its read API.
    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(name = "partner_branch_id")
    private @Nullable Long partnerBranchId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "external_unit_id")
    private @Nullable ExternalUnit externalUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PairingStatus status = PairingStatus.DRAFT;

    @Column(name = "agreement_title", nullable = false, length = 200)
    private String agreementTitle = "";

    @Column(name = "signed_date")
    private @Nullable LocalDate signedDate;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart = LocalDate.of(2000, 1, 1);

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd = LocalDate.of(2000, 1, 1);

    @Column(name = "signatory_own", length = 100)
    private @Nullable String signatoryOwn;

    @Column(name = "signatory_partner", length = 100)
    private @Nullable String signatoryPartner;

    @Column(name = "summary", length = 1000)
    private @Nullable String summary;

    /** An alliance's name and level; null for two-party pairings. */
    @Column(name = "alliance_name", length = 150)
    private @Nullable String allianceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "alliance_level", length = 30)
    private @Nullable AllianceLevel allianceLevel;

    @OneToMany(mappedBy = "pairing", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position asc, id asc")
    private List<PairingGoal> goals = new ArrayList<>();

    protected Pairing() {}

    Pairing(PairingKind kind, Long branchId) {
        this.kind = kind;
        this.branchId = branchId;
    }

    public PairingKind getKind() {
        return kind;
    }

    void setKind(PairingKind kind) {
        this.kind = kind;
    }

    public Long getBranchId() {
        return branchId;
    }

    void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public @Nullable Long getPartnerBranchId() {
        return partnerBranchId;
    }

    void setPartnerBranchId(@Nullable Long partnerBranchId) {
        this.partnerBranchId = partnerBranchId;
    }

    public @Nullable ExternalUnit getExternalUnit() {
        return externalUnit;
    }

    void setExternalUnit(@Nullable ExternalUnit externalUnit) {
        this.externalUnit = externalUnit;
    }

    public PairingStatus getStatus() {
        return status;
    }

    void setStatus(PairingStatus status) {
        this.status = status;
    }

    public String getAgreementTitle() {
        return agreementTitle;
    }

    void setAgreementTitle(String agreementTitle) {
        this.agreementTitle = agreementTitle;
    }

    public @Nullable LocalDate getSignedDate() {
        return signedDate;
    }

    void setSignedDate(@Nullable LocalDate signedDate) {
        this.signedDate = signedDate;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public @Nullable String getSignatoryOwn() {
        return signatoryOwn;
    }

    void setSignatoryOwn(@Nullable String signatoryOwn) {
        this.signatoryOwn = signatoryOwn;
    }

    public @Nullable String getSignatoryPartner() {
        return signatoryPartner;
    }

    void setSignatoryPartner(@Nullable String signatoryPartner) {
        this.signatoryPartner = signatoryPartner;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getAllianceName() {
        return allianceName;
    }

    void setAllianceName(@Nullable String allianceName) {
        this.allianceName = allianceName;
    }

    public @Nullable AllianceLevel getAllianceLevel() {
        return allianceLevel;
    }

    void setAllianceLevel(@Nullable AllianceLevel allianceLevel) {
        this.allianceLevel = allianceLevel;
    }

    public List<PairingGoal> getGoals() {
        return goals;
    }

    /** Whether the branch is one of the two parties. */
    public boolean involves(@Nullable Long branchId) {
        return branchId != null && (branchId.equals(this.branchId) || branchId.equals(partnerBranchId));
    }

    /** The partner's name: the partner branch's (looked up in {@code branches}) or the external unit's. */
    public String partnerName(Map<Long, BranchRef> branches) {
        if (kind == PairingKind.ALLIANCE) {
            return allianceName == null ? "" : allianceName;
        }
        if (partnerBranchId != null) {
            BranchRef partner = branches.get(partnerBranchId);
            return partner == null ? "?" : partner.name();
        }
        return externalUnit == null ? "" : externalUnit.getName();
    }

    /** What the audit log keeps of the pairing; branch names are looked up in {@code branches}. */
    Map<String, Object> auditSnapshot(Map<Long, BranchRef> branches) {
        Map<String, Object> m = new LinkedHashMap<>();
        BranchRef own = branches.get(branchId);
        m.put("kind", kind);
        m.put("branch", own == null ? String.valueOf(branchId) : own.code());
        m.put("partner", partnerName(branches));
        m.put("status", status);
        m.put("agreementTitle", agreementTitle);
        m.put("signedDate", signedDate);
        m.put("termStart", termStart);
        m.put("termEnd", termEnd);
        m.put("signatoryOwn", signatoryOwn);
        m.put("signatoryPartner", signatoryPartner);
        m.put("summary", summary);
        List<String> g = new ArrayList<>();
        goals.forEach(x -> g.add(x.getDimension() + ":" + x.getTarget() + "@" + x.getDueDate()
                + (x.getTargetCount() == null ? "" : "×" + x.getTargetCount()) + (x.getMetDate() == null ? "" : "✓")));
        m.put("goals", String.join("; ", g));
        return m;
    }
}
