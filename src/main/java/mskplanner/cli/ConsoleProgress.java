package mskplanner.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import mskplanner.metrics.FetchProgress;

/** A progress bar on stderr while CloudWatch points arrive; nothing when quiet or when stderr is not a terminal. */
final class ConsoleProgress implements FetchProgress {
    private ProgressBar bar;

    static FetchProgress create(boolean quiet) {
        return quiet || System.console() == null ? FetchProgress.NONE : new ConsoleProgress();
    }

    @Override
    public void start(long expectedPoints) {
        bar = new ProgressBarBuilder().setTaskName("CloudWatch").setInitialMax(expectedPoints)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" points", 1).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    @Override
    public void advance(long points) {
        if (bar != null) {
            bar.stepBy(points);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
