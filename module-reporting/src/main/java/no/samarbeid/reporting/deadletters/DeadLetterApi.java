package no.samarbeid.reporting.deadletters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The operator's API for reporting's dead letters (role PLATFORM_ADMIN, by the security of {@code /api/platform/**}). */
@RestController
class DeadLetterApi {

    private final DeadLetterInbox inbox;
    private final DeadLetterCount count;

    DeadLetterApi(DeadLetterInbox inbox, DeadLetterCount count) {
        this.inbox = inbox;
        this.count = count;
    }

    /** Which parked event to replay. */
    record Replay(
            @NotBlank String topic,
            @NotNull @Min(0) Integer partition,
            @NotNull @Min(0) Long offset) {}

    /** Every dead letter, replayed or not. */
    @GetMapping(value = "/api/platform/reporting/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeadLetter> all() {
        List<DeadLetter> letters = inbox.all();
        count.update(letters);
        return letters;
    }

    /** Sends a parked event back to its original topic. */
    @PostMapping(value = "/api/platform/reporting/dead-letters/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadLetter replay(@Valid @RequestBody Replay replay, Principal principal) {
        DeadLetter replayed = inbox.replay(replay.topic(), replay.partition(), replay.offset(), principal.getName());
        count.waiting(true);
        return replayed;
    }
}
