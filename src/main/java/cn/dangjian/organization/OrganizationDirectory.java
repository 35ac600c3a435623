package cn.dangjian.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Service;

/**
 * The one door into organisation data for the other features (pairing, calendar, points): records, never
 * entities, each method secured and scoped like the organisation's own services.
 */
@Service
@NullMarked
public class OrganizationDirectory {
}
