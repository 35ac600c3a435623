package cn.dangjian.points;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one row of points settings the administrator edits. */
@Entity
@Table(name = "points_settings")
public class PointsSettings extends BaseEntity {

    @Column(name = "base_points", nullable = false)
    private int basePoints = 60;

    @Column(name = "open_year", nullable = false)
    private int openYear;

    @Column(name = "band_excellent", nullable = false)
    private int bandExcellent = 90;

    @Column(name = "band_good", nullable = false)
    private int bandGood = 80;

    @Column(name = "band_pass", nullable = false)
    private int bandPass = 60;

    @Column(name = "study_hours_target", nullable = false)
    private int studyHoursTarget = 32;

    @Column(name = "shortlist_top_n", nullable = false)
    private int shortlistTopN = 10;

    @Column(name = "shortlist_threshold", nullable = false)
    private int shortlistThreshold = 90;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_visibility", nullable = false, length = 20)
    private Visibility memberVisibility = Visibility.OWN_RANK;

    @Enumerated(EnumType.STRING)
    @Column(name = "secretary_visibility", nullable = false, length = 20)
    private Visibility secretaryVisibility = Visibility.FULL;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver", nullable = false, length = 20)
    private Approver approver = Approver.ADMIN;

    /** Attendance recorded more than this many days after the event needs the office's approval. */
    @Column(name = "late_attendance_days", nullable = false)
    private int lateAttendanceDays = 30;

    public Approver getApprover() {
        return approver;
    }

    public void setApprover(Approver approver) {
        this.approver = approver;
    }

    public int getLateAttendanceDays() {
        return lateAttendanceDays;
    }

    public void setLateAttendanceDays(int lateAttendanceDays) {
        this.lateAttendanceDays = lateAttendanceDays;
    }

    public int getBasePoints() {
        return basePoints;
    }

    public void setBasePoints(int basePoints) {
        this.basePoints = basePoints;
    }

    public int getOpenYear() {
        return openYear;
    }

    public void setOpenYear(int openYear) {
        this.openYear = openYear;
    }

    public int getBandExcellent() {
        return bandExcellent;
    }

    public void setBandExcellent(int bandExcellent) {
        this.bandExcellent = bandExcellent;
    }

    public int getBandGood() {
        return bandGood;
    }

    public void setBandGood(int bandGood) {
        this.bandGood = bandGood;
    }

    public int getBandPass() {
        return bandPass;
    }

    public void setBandPass(int bandPass) {
        this.bandPass = bandPass;
    }

    public int getStudyHoursTarget() {
        return studyHoursTarget;
    }

    public void setStudyHoursTarget(int studyHoursTarget) {
        this.studyHoursTarget = studyHoursTarget;
    }

    public int getShortlistTopN() {
        return shortlistTopN;
    }

    public void setShortlistTopN(int shortlistTopN) {
        this.shortlistTopN = shortlistTopN;
    }

    public int getShortlistThreshold() {
        return shortlistThreshold;
    }

    public void setShortlistThreshold(int shortlistThreshold) {
        this.shortlistThreshold = shortlistThreshold;
    }

    public Visibility getMemberVisibility() {
        return memberVisibility;
    }

    public void setMemberVisibility(Visibility memberVisibility) {
        this.memberVisibility = memberVisibility;
    }

    public Visibility getSecretaryVisibility() {
        return secretaryVisibility;
    }

    public void setSecretaryVisibility(Visibility secretaryVisibility) {
        this.secretaryVisibility = secretaryVisibility;
    }

    /** The yearly score: base plus the year's net points, never below zero. */
    public int score(int net) {
        return Math.max(0, basePoints + net);
    }

    public Band band(int score) {
        return Band.of(score, bandExcellent, bandGood, bandPass);
    }

    /** A detached copy of the values (no id, version or auditing), for the services' read-only cache. */
    PointsSettings valuesCopy() {
        PointsSettings c = new PointsSettings();
        c.basePoints = basePoints;
        c.openYear = openYear;
        c.bandExcellent = bandExcellent;
        c.bandGood = bandGood;
        c.bandPass = bandPass;
        c.studyHoursTarget = studyHoursTarget;
        c.shortlistTopN = shortlistTopN;
        c.shortlistThreshold = shortlistThreshold;
        c.memberVisibility = memberVisibility;
        c.secretaryVisibility = secretaryVisibility;
        c.approver = approver;
        c.lateAttendanceDays = lateAttendanceDays;
        return c;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("basePoints", basePoints);
        m.put("openYear", openYear);
        m.put("bands", bandExcellent + "/" + bandGood + "/" + bandPass);
        m.put("studyHoursTarget", studyHoursTarget);
        m.put("shortlist", shortlistTopN + "/" + shortlistThreshold);
        m.put("visibility", memberVisibility + "/" + secretaryVisibility);
        m.put("approver", approver);
        m.put("lateAttendanceDays", lateAttendanceDays);
        return m;
    }
}
