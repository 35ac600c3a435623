package cn.dangjian.organization;

/** Told how far a long import has come, so a view can move its progress bar. Called from the working thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void update(int done, int total);
}
