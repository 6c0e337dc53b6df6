package no.samarbeid.workshops.live;

import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How far this instance has read each partition of the workshops topic: from where it holds every record (its
 * horizon, raised as old events expire), the last record read, and which partition each tenant's events are on.
 */
@Component
class LivePartitions {

    private final ConcurrentMap<Integer, Long> horizons = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Long> consumed = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Integer> tenants = new ConcurrentHashMap<>();

    /** First read of a partition, from {@code position}. */
    void assigned(int partition, long position) {
        horizons.putIfAbsent(partition, position);
        consumed.putIfAbsent(partition, position - 1);
    }

    /** Where to go on a partition assigned again (there is no gap then): after the last record read, if any. */
    OptionalLong resumeAt(int partition) {
        Long last = consumed.get(partition);
        return last == null ? OptionalLong.empty() : OptionalLong.of(last + 1);
    }

    void read(int partition, long offset, @Nullable UUID tenant) {
        if (tenant != null) {
            tenants.put(tenant, partition);
        }
        consumed.put(partition, offset);
    }

    /** Events up to {@code offset} may be gone. */
    void expired(int partition, long offset) {
        horizons.computeIfPresent(partition, (p, horizon) -> Math.max(horizon, offset + 1));
    }

    /** Whether this instance still holds every record of the partition after {@code seen}. */
    boolean covers(LiveEventId seen) {
        Long horizon = horizons.get(seen.partition());
        return horizon != null && seen.offset() + 1 >= horizon;
    }

    /** The last record read of the partition of a workshop (or, if unknown, of its tenant), or null. */
    @Nullable
    LiveEventId position(@Nullable Integer workshopPartition, UUID tenant, long workshopNewest) {
        Integer partition = workshopPartition != null ? workshopPartition : tenants.get(tenant);
        if (partition == null) {
            return null;
        }
        long offset = Math.max(consumed.getOrDefault(partition, -1L), workshopNewest);
        return offset < 0 ? null : new LiveEventId(partition, offset);
    }
}
