package no.samarbeid.workshops.live;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The threads that write to live streams: virtual threads when enabled (Java 21+), else a fixed pool of
 * {@code samarbeid.live.senders} threads. Deliberately not an {@link Executor} bean, so Boot's task executor stays.
 */
@Component
class LiveSenders implements DisposableBean {

    private final Executor executor;

    LiveSenders(Environment environment, @Value("${samarbeid.live.senders:16}") int threads) {
        if (Threading.VIRTUAL.isActive(environment)) {
            var virtual = new SimpleAsyncTaskExecutor("live-send-");
            virtual.setVirtualThreads(true);
            executor = virtual;
        } else {
            var factory = new CustomizableThreadFactory("live-send-");
            factory.setDaemon(true);
            executor = Executors.newFixedThreadPool(threads, factory);
        }
    }

    /** Runs the task, unless the application is shutting down. */
    void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // shutting down: the streams are being closed
        }
    }

    @Override
    public void destroy() {
        if (executor instanceof ExecutorService pool) {
            pool.shutdownNow();
        } else if (executor instanceof SimpleAsyncTaskExecutor virtual) {
            virtual.close();
        }
    }
}
