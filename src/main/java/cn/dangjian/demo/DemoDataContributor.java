package cn.dangjian.demo;

/**
 * One feature's share of the demo hospital. Each feature declares a bean; the runner calls them
 * in {@link #order()} at start-up of the demo profile, each once, while signed in as the system.
 */
public interface DemoDataContributor {

    /** Organisation is 100; features that build on it use higher numbers. */
    int order();

    /** True when this feature's demo data is already in the database (a restart). */
    boolean alreadyLoaded();

    /** Loads the data, in its own transaction. Must be deterministic. */
    void load();
}
