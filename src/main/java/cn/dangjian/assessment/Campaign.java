package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A year's assessment, run on its frozen copy of the scheme. */
@Entity
@Table(name = "assessment_campaign")
public class Campaign extends BaseEntity {

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.SELF_ASSESSMENT;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn = LocalDate.EPOCH;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "publicity_until")
    private @Nullable LocalDate publicityUntil;

    @Column(name = "locked_on")
    private @Nullable LocalDate lockedOn;

    protected Campaign() {}

    Campaign(int year, long schemeId, LocalDate startedOn) {
        this.year = year;
        this.schemeId = schemeId;
        this.startedOn = startedOn;
    }

    void publish(LocalDate today, int days) {
        status = CampaignStatus.PUBLISHED;
        publishedOn = today;
        publicityUntil = today.plusDays(days);
    }

    void lock(LocalDate today) {
        status = CampaignStatus.LOCKED;
        lockedOn = today;
    }

    /** The demo's last-year campaign: started, published and locked on the dates it would have had. */
    void backdate(LocalDate started, LocalDate published, int days, LocalDate locked) {
        startedOn = started;
        publishedOn = published;
        publicityUntil = published.plusDays(days);
        lockedOn = locked;
        status = CampaignStatus.LOCKED;
    }

    public int getYear() {
        return year;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public @Nullable LocalDate getPublicityUntil() {
        return publicityUntil;
    }

    public @Nullable LocalDate getLockedOn() {
        return lockedOn;
    }

    /** Results are visible beyond the office once published (公示) and after. */
    public boolean isPublished() {
        return status != CampaignStatus.SELF_ASSESSMENT;
    }
}
