package no.samarbeid.registry.accounts;

import java.util.regex.Pattern;
import no.samarbeid.core.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** The user a coordinator creates for an entry, as sent; {@link #checked()} refuses a field naming it. */
public record NewAccount(
        @Nullable String username,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** The account with every field checked: a lower-case username, an e-mail address and both names. */
    NewAccount checked() {
        String user = username == null ? "" : username.strip();
        if (!USERNAME.matcher(user).matches()) {
            throw new InvalidFieldException("username", "registry.username", user);
        }
        String mail = email == null ? "" : email.strip();
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw new InvalidFieldException("email", "registry.email", "email", mail);
        }
        return new NewAccount(user, mail, name("firstName", firstName), name("lastName", lastName));
    }

    private static String name(String field, @Nullable String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidFieldException(field, "registry.text", field, 100);
        }
        return name;
    }
}
