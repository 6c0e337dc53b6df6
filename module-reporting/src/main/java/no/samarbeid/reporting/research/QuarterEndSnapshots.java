package no.samarbeid.reporting.research;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes a snapshot at the end of every quarter (the last minute of March, June, September and December, Oslo time). */
@Component
class QuarterEndSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterEndSnapshots.class);

    private final Snapshots snapshots;

    QuarterEndSnapshots(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "0 59 23 L 3,6,9,12 *", zone = "Europe/Oslo")
    void atQuarterEnd() throws IOException {
        LOG.info(
                "Quarter-end research snapshot {}",
                snapshots.take("QUARTER_END", null).id());
    }
}
