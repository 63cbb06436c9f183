package org.flipside.util;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.flipside.diagnostic.ProblemException;

/** Results of work done on another thread, with its failures thrown as the work itself threw them. */
public final class Tasks {

    private Tasks() {}

    /** Waits for {@code task}; returns its result or throws what it threw (problems with the input among them). */
    public static <T> T result(FutureTask<T> task) throws ProblemException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on another thread", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("work on another thread was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProblemException p) throw p;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
