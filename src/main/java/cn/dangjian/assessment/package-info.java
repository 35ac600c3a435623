/**
 * Branch assessment (支部考核评价): the yearly scheme, campaigns that freeze it, per-branch sheets whose automatic
 * indicators are computed from the other features' records, review, publication, grades and honours.
 */
@NullMarked
package cn.dangjian.assessment;

import org.jspecify.annotations.NullMarked;
