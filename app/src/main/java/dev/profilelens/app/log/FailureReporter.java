package dev.profilelens.app.log;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for failures nothing else handled (an exception on the FX thread, a background task without a
 * failure handler): logs it with its stack trace and tells the user where the log is. While one notice is open,
 * further failures are only logged, so a failing loop cannot bury the window in dialogs.
 */
public final class FailureReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);
    private final Path logFile;
    private final BiConsumer<String, Runnable> notice;
    private final AtomicBoolean showing = new AtomicBoolean();

    /**
     * @param notice shows the text to the user and runs the callback once the user closed it (a dialog in the app)
     */
    public FailureReporter(Path logFile, BiConsumer<String, Runnable> notice) {
        this.logFile = logFile;
        this.notice = notice;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unhandled failure on thread {}", thread.getName(), error);
        if (showing.compareAndSet(false, true)) {
            notice.accept(text(error), () -> showing.set(false));
        }
    }

    /** What the user reads: what failed, that nothing else was lost, and where the details are. */
    String text(Throwable error) {
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "Something went wrong: " + what + "\n\nThe details were written to the log:\n" + logFile;
    }
}
