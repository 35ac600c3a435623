package cn.dangjian.common.ui;

/**
 * Hides a menu entry the access annotations allow but that would be empty for the signed-in user
 * (e.g. the approval queue for a member who sits on no committee). A Spring bean per feature.
 */
public interface MenuGuard {

    /** False when the entry at {@code path} should not be offered to the signed-in user. */
    boolean shows(String path);
}
