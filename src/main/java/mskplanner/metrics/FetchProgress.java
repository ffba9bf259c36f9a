package mskplanner.metrics;

/** Told how far a fetch has got, e.g. to draw a progress bar. */
public interface FetchProgress extends AutoCloseable {
    FetchProgress NONE = new FetchProgress() {
        @Override
        public void start(long expectedPoints) {
        }

        @Override
        public void advance(long points) {
        }

        @Override
        public void close() {
        }
    };

    void start(long expectedPoints);

    void advance(long points);

    @Override
    void close();
}
