package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import java.util.Set;

/**
 * The duty types a joint event may fulfil for every internal party branch (docs/decisions/0025). A themed Party
 * day and a Party lecture are forms of study and activity that the regulation lets branches hold together; the
 * general meeting, committee, group meeting, organisational life meeting and democratic appraisal are a branch's
 * own bodies deciding its own affairs, so a joint one counts only for its organiser.
 */
final class JointDuties {

    static final Set<String> CODES = Set.of(EventTypeCodes.THEMED_DAY, EventTypeCodes.PARTY_LECTURE);

    private JointDuties() {}
}
