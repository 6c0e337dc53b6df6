package no.samarbeid.workshops.events;

import static no.samarbeid.workshops.events.EventContracts.AT;
import static no.samarbeid.workshops.events.EventContracts.EVENT;
import static no.samarbeid.workshops.events.EventContracts.JSON;
import static no.samarbeid.workshops.events.EventContracts.TABLE;
import static no.samarbeid.workshops.events.EventContracts.TENANT;
import static no.samarbeid.workshops.events.EventContracts.WORKSHOP;
import static no.samarbeid.workshops.events.EventContracts.assertPinned;
import static no.samarbeid.workshops.events.EventContracts.contractFile;
import static no.samarbeid.workshops.events.EventContracts.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.events.Externalized;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;

/**
 * Pins the JSON of the workshop, facilitation and note events (the sheets' events are pinned by
 * {@link SheetEventContractTests}, {@code WorkshopScheduled} by {@link WorkshopEventContractTests}), and makes sure
 * that every event of the package has a pinned contract, goes to the workshops topic keyed by tenant and names no
 * participant (an opaque pseudonym at most).
 */
class AllWorkshopEventsContractTests {

    private static final UUID NOTE = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID OTHER_NOTE = UUID.fromString("0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f");
    private static final UUID CLUSTER = UUID.fromString("9e8d7c6b-5a49-4837-a625-1f0e9d8c7b6a");

    @Test
    void workshopStartedCompletedAndSharingChangedKeepTheirV1Contracts() {
        assertContract(new WorkshopStarted(EVENT, TENANT, WORKSHOP, true, 2, AT), WorkshopStarted.class);
        assertContract(new WorkshopCompleted(EVENT, TENANT, WORKSHOP, true, AT), WorkshopCompleted.class);
        assertContract(new WorkshopSharingChanged(EVENT, TENANT, WORKSHOP, false, AT), WorkshopSharingChanged.class);
    }

    @Test
    void agendaAdjustedKeepsItsV1ContractWithTheWholeAgendaInOrder() {
        assertContract(
                new AgendaAdjusted(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        List.of("purpose-and-rules", "meeting-points", "why-collaborate", "next-steps"),
                        AT),
                AgendaAdjusted.class);
    }

    @Test
    void sheetOpenedPhaseChangedAndTimerChangedKeepTheirV1Contracts() {
        assertContract(new SheetOpened(EVENT, TENANT, WORKSHOP, true, TABLE, "why-collaborate", AT), SheetOpened.class);
        assertContract(
                new PhaseChanged(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        "why-collaborate",
                        "SILENT_WRITING",
                        Instant.parse("2026-11-27T10:25:30Z"),
                        AT),
                PhaseChanged.class);
        assertContract(new TimerChanged(EVENT, TENANT, WORKSHOP, true, TABLE, null, 540, AT), TimerChanged.class);
    }

    @Test
    void readyMarkedKeepsItsV1ContractWithoutWhoMarked() {
        assertContract(
                new ReadyMarked(EVENT, TENANT, WORKSHOP, true, TABLE, "why-collaborate", "SILENT_WRITING", true, AT),
                ReadyMarked.class);
    }

    @Test
    void notePostedKeepsItsV1ContractWithAPseudonymAndNoName() {
        assertContract(
                new NotePosted(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        "why-collaborate",
                        NOTE,
                        "central-question",
                        "Vi når flere innbyggere",
                        "p-3f9a1c0b7d2e4a68",
                        "SOCIAL_ENTREPRENEUR",
                        false,
                        AT),
                NotePosted.class);
    }

    @Test
    void notesRevealedKeepsItsV1ContractWithoutAuthors() {
        assertContract(
                new NotesRevealed(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        "meeting-points",
                        List.of(
                                new RevealedNote(NOTE, "entrepreneur-view", "Nettverksmøter", "SOCIAL_ENTREPRENEUR"),
                                new RevealedNote(
                                        OTHER_NOTE, "municipality-view", "Tilskuddsordninger", "MUNICIPALITY")),
                        AT),
                NotesRevealed.class);
    }

    @Test
    void noteEditedMovedAndWithdrawnKeepTheirV1Contracts() {
        assertContract(
                new NoteEdited(EVENT, TENANT, WORKSHOP, true, TABLE, NOTE, "Vi når flere innbyggere raskere", true, AT),
                NoteEdited.class);
        assertContract(
                new NoteMoved(EVENT, TENANT, WORKSHOP, true, TABLE, NOTE, "municipality-view", false, AT),
                NoteMoved.class);
        assertContract(new NoteWithdrawn(EVENT, TENANT, WORKSHOP, true, TABLE, NOTE, true, AT), NoteWithdrawn.class);
    }

    @Test
    void notesClusteredAndVotesCastKeepTheirV1Contracts() {
        assertContract(
                new NotesClustered(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        "meeting-points",
                        CLUSTER,
                        "Møteplasser",
                        List.of(NOTE, OTHER_NOTE),
                        AT),
                NotesClustered.class);
        assertContract(
                new VotesCast(EVENT, TENANT, WORKSHOP, true, TABLE, NOTE, 5, "p-8c2e5b1f0a9d3e47", AT),
                VotesCast.class);
    }

    @Test
    void everyWorkshopEventHasAPinnedContractWithExactlyItsFields() {
        List<Class<?>> events = workshopEvents();

        assertThat(events)
                .as("events of %s", WorkshopEvent.class.getPackageName())
                .hasSizeGreaterThanOrEqualTo(22);
        for (Class<?> event : events) {
            String file = contractFile(event);
            String contract = read(file);
            assertThat(contract)
                    .as("contracts/%s for %s", file, event.getName())
                    .isNotNull();
            JsonNode pinned = JSON.readTree(contract);
            assertThat(new TreeSet<>(pinned.propertyNames()))
                    .as("fields of %s", file)
                    .isEqualTo(new TreeSet<>(Arrays.stream(event.getRecordComponents())
                            .map(RecordComponent::getName)
                            .toList()));
            assertThat(pinned.path("tenantId").asString()).isEqualTo(TENANT.toString());
            assertThat(pinned.path("shared").isBoolean())
                    .as("%s says whether it is shared", file)
                    .isTrue();
        }
    }

    @Test
    void everyWorkshopEventGoesToTheWorkshopsTopicKeyedByTenant() {
        for (Class<?> event : workshopEvents()) {
            Externalized externalized = event.getAnnotation(Externalized.class);
            assertThat(externalized)
                    .as("@Externalized on %s", event.getSimpleName())
                    .isNotNull();
            assertThat(externalized.value()).isEqualTo("samarbeid.workshops::#{tenantId()}");
            assertThat(CloudEvents.source(event)).isEqualTo("/samarbeid/workshops");
        }
    }

    @Test
    void noWorkshopEventNamesAParticipantOnlyAnOpaquePseudonymAtMost() {
        List<String> identifying = new ArrayList<>();
        for (Class<?> event : workshopEvents()) {
            collectIdentifying(event, event.getSimpleName(), identifying);
        }

        assertThat(identifying).isEmpty();
    }

    private static void collectIdentifying(Class<?> type, String path, List<String> found) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName().toLowerCase(Locale.ROOT);
            boolean pseudonym = name.endsWith("pseudonym");
            if (!pseudonym
                    && (name.contains("participant")
                            || name.contains("author")
                            || name.contains("voter")
                            || name.contains("username")
                            || name.contains("displayname")
                            || name.contains("email"))) {
                found.add(path + "." + component.getName());
            }
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord()) {
                collectIdentifying(element, path + "." + component.getName() + "[]", found);
            }
        }
    }

    private <E extends WorkshopEvent> void assertContract(E event, Class<E> type) {
        assertPinned(contractFile(type), event, type);
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.TYPE, CloudEvents.type(type))
                .containsEntry(CloudEvents.SPEC_VERSION, "1.0")
                .containsEntry(CloudEvents.TIME, AT.toString());
    }

    /** The records of the events package that are workshop events (not e.g. {@link RevealedNote}). */
    static List<Class<?>> workshopEvents() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(WorkshopEvent.class));
        Set<String> names = new TreeSet<>();
        scanner.findCandidateComponents(WorkshopEvent.class.getPackageName())
                .forEach(candidate -> names.add(candidate.getBeanClassName()));
        return names.stream()
                .<Class<?>>map(name ->
                        ClassUtils.resolveClassName(name, AllWorkshopEventsContractTests.class.getClassLoader()))
                .filter(type -> type.getPackageName().equals(WorkshopEvent.class.getPackageName()))
                .toList();
    }
}
