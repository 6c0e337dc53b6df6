package no.samarbeid.architecture;

import java.util.ArrayList;
import java.util.List;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;

/**
 * The string literals of a compiled class (constants, field initialisers, string-concatenation recipes, annotation
 * values such as {@code @Query}) and the values of annotation attributes named {@code schema}.
 */
record ClassStrings(List<String> constants, List<String> schemaAttributes) {

    private static final int API = SpringAsmInfo.ASM_VERSION;

    static ClassStrings of(byte[] classFile) {
        var strings = new ClassStrings(new ArrayList<>(), new ArrayList<>());
        new ClassReader(classFile).accept(strings.new Collector(), ClassReader.SKIP_FRAMES);
        return strings;
    }

    private void add(Object value) {
        if (value instanceof String string) {
            constants.add(string);
        }
    }

    private final class Collector extends ClassVisitor {

        Collector() {
            super(API);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return new Annotation();
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            add(value);
            return new FieldVisitor(API) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return new Annotation();
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(API) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return new Annotation();
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    return new Annotation();
                }

                @Override
                public void visitLdcInsn(Object value) {
                    add(value);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
                    for (Object arg : args) {
                        add(arg);
                    }
                }
            };
        }
    }

    private final class Annotation extends AnnotationVisitor {

        Annotation() {
            super(API);
        }

        @Override
        public void visit(String name, Object value) {
            if ("schema".equals(name) && value instanceof String schema && !schema.isBlank()) {
                schemaAttributes.add(schema);
            } else {
                add(value);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            return this;
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return this;
        }
    }
}
