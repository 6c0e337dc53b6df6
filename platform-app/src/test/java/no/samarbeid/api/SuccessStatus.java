package no.samarbeid.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The success status a handler method really answers with, read from what it does rather than what it documents:
 * {@code @ResponseStatus}, or the {@code ResponseEntity} factories its bytecode (and its lambdas) call
 * ({@code created} 201, {@code accepted} 202, {@code noContent} 204, {@code ok} 200), else 200.
 */
final class SuccessStatus {

    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final Map<String, String> FACTORIES =
            Map.of("created", "201", "accepted", "202", "noContent", "204", "ok", "200");
    private static final Map<String, String> STATUSES =
            Map.of("CREATED", "201", "ACCEPTED", "202", "NO_CONTENT", "204");

    private SuccessStatus() {}

    /** What the handler answers on success; a {@code ResponseEntity}'s status wins over {@code @ResponseStatus}. */
    static Set<String> of(Method handler) {
        Set<String> found = new TreeSet<>();
        scan(handler, found);
        if (!found.isEmpty()) {
            return found;
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(handler, ResponseStatus.class);
        return annotated == null
                ? Set.of("200")
                : Set.of(Integer.toString(annotated.code().value()));
    }

    private static void scan(Method handler, Set<String> found) {
        Class<?> type = handler.getDeclaringClass();
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            new ClassReader(in)
                    .accept(
                            new ClassVisitor(Opcodes.ASM9) {
                                @Override
                                public MethodVisitor visitMethod(
                                        int access, String name, String d, String s, String[] e) {
                                    boolean ours = name.equals(handler.getName())
                                            || name.startsWith("lambda$" + handler.getName() + "$");
                                    return ours ? new Calls(found) : null;
                                }

                                @Override
                                public FieldVisitor visitField(int access, String name, String d, String s, Object v) {
                                    return null;
                                }
                            },
                            ClassReader.SKIP_DEBUG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Calls extends MethodVisitor {
        private final Set<String> found;

        Calls(Set<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (owner.equals(RESPONSE_ENTITY) && FACTORIES.containsKey(name)) {
                found.add(FACTORIES.get(name));
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (owner.equals("org/springframework/http/HttpStatus") && STATUSES.containsKey(name)) {
                found.add(STATUSES.get(name));
            }
        }
    }
}
