package no.samarbeid.workshops.workshop;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.UserText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone taking part in a workshop: a user with an account, or a guest who joined with the code. Outside the
 * workshop they are known only by an opaque pseudonym, never by name.
 */
@Table(schema = "workshops", name = "participant")
public class Participant {

    static final int MAX_NAME = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Kind {
        ACCOUNT,
        GUEST
    }

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private @Nullable UUID tableId;
    private final Kind kind;
    private final @Nullable String username;
    private final String displayName;
    private final Perspective perspective;
    private final String pseudonym;
    private final Instant joinedAt;

    @Version
    private int version;

    @PersistenceCreator
    Participant(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            @Nullable UUID tableId,
            Kind kind,
            @Nullable String username,
            String displayName,
            Perspective perspective,
            String pseudonym,
            Instant joinedAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.kind = kind;
        this.username = username;
        this.displayName = displayName;
        this.perspective = perspective;
        this.pseudonym = pseudonym;
        this.joinedAt = joinedAt;
        this.version = version;
    }

    static Participant join(
            Workshop workshop,
            @Nullable String username,
            String displayName,
            Perspective perspective,
            @Nullable UUID tableId,
            Instant now) {
        String name = UserText.line(displayName);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("participant.display-name", MAX_NAME);
        }
        if (tableId != null) {
            workshop.table(tableId);
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return new Participant(
                UUID.randomUUID(),
                workshop.tenantId(),
                workshop.id(),
                tableId,
                username == null ? Kind.GUEST : Kind.ACCOUNT,
                username,
                name,
                perspective,
                "p-" + HexFormat.of().formatHex(random),
                now,
                0);
    }

    /** Seats the participant at a table of the workshop (the facilitator can move people). */
    public void seatAt(Workshop workshop, UUID table) {
        workshop.table(table);
        tableId = table;
    }

    public UUID id() {
        return id;
    }

    public UUID workshopId() {
        return workshopId;
    }

    @Nullable
    public UUID tableId() {
        return tableId;
    }

    @Nullable
    String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Perspective perspective() {
        return perspective;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public ParticipantView view() {
        return new ParticipantView(id, displayName, perspective.name(), tableId, kind.name());
    }
}
