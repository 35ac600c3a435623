package cn.dangjian.pairing;

import cn.dangjian.organization.BranchRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Functional branches (columns) against clinical and medical-technical branches (rows): who serves
 * whom. {@code unpairedClinical} lists every clinical branch without a live functional partner.
 */
public record PairingMatrix(
        List<BranchRef> functional, List<BranchRef> served, Map<String, Cell> cells, List<BranchRef> unpairedClinical) {

    /** A live or proposed pairing between the two branches; drafts show as proposals. */
    public record Cell(
            Long pairingId, PairingStatus status, @Nullable PairingHealth health) {}

    public static String key(Long servedId, Long functionalId) {
        return servedId + ":" + functionalId;
    }

    public @Nullable Cell cell(Long servedId, Long functionalId) {
        return cells.get(key(servedId, functionalId));
    }
}
