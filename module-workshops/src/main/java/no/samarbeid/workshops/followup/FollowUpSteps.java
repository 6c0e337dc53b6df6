package no.samarbeid.workshops.followup;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The next steps as the impact module last described them, one row per step in the tenant's rows; an event older
 * than the row changes nothing, so repeated and late deliveries are harmless.
 */
@Repository
class FollowUpSteps {

    private final JdbcClient jdbc;

    FollowUpSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(StepUpdated step) {
        jdbc.sql("""
                        insert into workshops.followup_step
                            (next_step_id, tenant_id, workshop_id, text, due_date, status, occurred_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (next_step_id) do update set
                            workshop_id = excluded.workshop_id, text = excluded.text, due_date = excluded.due_date,
                            status = excluded.status, occurred_at = excluded.occurred_at
                        where followup_step.occurred_at < excluded.occurred_at""")
                .params(
                        step.nextStepId(),
                        step.tenantId(),
                        step.workshopId(),
                        step.text(),
                        step.dueDate(),
                        step.status(),
                        Timestamp.from(step.occurredAt()))
                .update();
    }

    /** The open steps of the current tenant by due date, except those agreed on at {@code exceptWorkshop}. */
    List<FollowUp> open(@Nullable UUID exceptWorkshop, LocalDate today) {
        return jdbc.sql("""
                        select s.next_step_id, s.workshop_id, w.title, s.text, s.due_date
                        from workshops.followup_step s
                        left join workshops.workshop w on w.id = s.workshop_id
                        where s.status = 'OPEN' and s.workshop_id is distinct from ?
                        order by s.due_date, s.text""")
                .param(exceptWorkshop)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new FollowUp(
                            rs.getObject("next_step_id", UUID.class),
                            rs.getObject("workshop_id", UUID.class),
                            rs.getString("title"),
                            rs.getString("text"),
                            due,
                            due.isBefore(today));
                })
                .list();
    }
}
