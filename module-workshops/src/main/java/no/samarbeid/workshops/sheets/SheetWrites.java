package no.samarbeid.workshops.sheets;

import no.samarbeid.core.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.data.repository.CrudRepository;

/** Saves sheet aggregates; a change that lost a race with another one at the same table is a conflict (409). */
public final class SheetWrites {

    private SheetWrites() {}

    public static <T> T save(CrudRepository<T, ?> repository, T aggregate) {
        try {
            return repository.save(aggregate);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw concurrentChange();
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException
                    || e.getCause() instanceof OptimisticLockingFailureException) {
                throw concurrentChange();
            }
            throw e;
        }
    }

    private static ConflictException concurrentChange() {
        return new ConflictException("sheets.concurrent-change");
    }
}
