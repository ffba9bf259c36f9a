package mskplanner.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import mskplanner.metrics.FetchProgress;

/** A progress bar on stderr while CloudWatch points arrive; nothing when quiet or when stderr is not a terminal. */
final class ConsoleProgress implements FetchProgress {
    private final String task;
    private final String unit;
    private ProgressBar bar;

    private ConsoleProgress(String task, String unit) {
        this.task = task;
        this.unit = unit;
    }

    static FetchProgress create(boolean quiet) {
        return create(quiet, "CloudWatch", " points");
    }

    /** One line for a fleet run, e.g. task {@code Clusters}, unit {@code " clusters"}. */
    static FetchProgress create(boolean quiet, String task, String unit) {
        return quiet || System.console() == null ? FetchProgress.NONE : new ConsoleProgress(task, unit);
    }

    @Override
    public void start(long expectedPoints) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expectedPoints)
                .setStyle(ProgressBarStyle.ASCII).setUnit(unit, 1).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    @Override
    public synchronized void advance(long points) {
        if (bar != null) {
            bar.stepBy(points);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
