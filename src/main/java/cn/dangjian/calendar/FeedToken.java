package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A secret subscription URL for a branch's or a member's calendar; revoking it breaks the URL for good.
 * Only the SHA-256 hash of the secret is kept: the URL is shown once, when it is made or renewed.
 */
@Entity
@Table(name = "cal_feed_token")
class FeedToken extends BaseEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "owner_username", nullable = false, length = 50)
    private String ownerUsername = "";

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    protected FeedToken() {}

    FeedToken(String tokenHash, @Nullable Long branchId, @Nullable Long memberId, String ownerUsername) {
        this.tokenHash = tokenHash;
        this.branchId = branchId;
        this.memberId = memberId;
        this.ownerUsername = ownerUsername;
    }

    String getTokenHash() {
        return tokenHash;
    }

    void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    @Nullable
    Long getBranchId() {
        return branchId;
    }

    @Nullable
    Long getMemberId() {
        return memberId;
    }

    String getOwnerUsername() {
        return ownerUsername;
    }

    boolean isRevoked() {
        return revoked;
    }

    void revoke() {
        this.revoked = true;
    }
}
