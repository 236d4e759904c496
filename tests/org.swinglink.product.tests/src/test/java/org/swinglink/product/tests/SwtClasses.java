package org.swinglink.product.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The classes of one SWT (host and platform fragment) with their members, and a check of the SWT
 * members other bundles' byte code refers to: what a JVM would fail to link at run time.
 */
final class SwtClasses {
    /** A field or method another class refers to: its owner's internal name, its name and descriptor. */
    record Member(String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + (name.isEmpty() ? "" : "." + name + descriptor);
        }
    }

    private record Shape(String superName, List<String> interfaces, Set<String> members) {
    }

    private final Map<String, Shape> classes = new HashMap<>();

    static SwtClasses of(List<byte[]> swtJars) throws IOException {
        SwtClasses swt = new SwtClasses();
        for (byte[] jar : swtJars) {
            eachClass(jar, reader -> swt.classes.put(reader.getClassName(), shapeOf(reader)));
        }
        return swt;
    }

    /** Every reference to an SWT class or member in the jar's classes (the SWT packages, org.eclipse.swt.svg aside). */
    static Set<Member> referencesIn(byte[] jar) throws IOException {
        Set<Member> references = new HashSet<>();
        eachClass(jar, reader -> reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                addType(references, superName);
                for (String each : interfaces) {
                    addType(references, each);
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
                        add(references, owner, member, desc);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String member, String desc) {
                        add(references, owner, member, desc);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        addType(references, type);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES));
        return references;
    }

    /** Whether a JVM linking against these classes finds the member (members inherited from the JDK count as found). */
    boolean has(Member member) {
        if (!classes.containsKey(member.owner())) {
            return false;
        }
        return member.name().isEmpty() || declares(member.owner(), member.name() + member.descriptor(), new HashSet<>());
    }

    private boolean declares(String owner, String member, Set<String> seen) {
        Shape shape = classes.get(owner);
        if (shape == null) {
            return true; // the hierarchy left SWT (java.lang.Object, a JDK interface): beyond this check
        }
        if (!seen.add(owner)) {
            return false;
        }
        if (shape.members().contains(member)) {
            return true;
        }
        List<String> supertypes = new ArrayList<>(shape.interfaces());
        if (shape.superName() != null) {
            supertypes.add(0, shape.superName());
        }
        return supertypes.stream().anyMatch(each -> declares(each, member, seen));
    }

    private static void add(Set<Member> references, String owner, String name, String descriptor) {
        if (isSwt(owner)) {
            references.add(new Member(owner, name, descriptor));
        }
    }

    private static void addType(Set<Member> references, String type) {
        if (type != null && isSwt(type)) {
            references.add(new Member(type, "", ""));
        }
    }

    private static boolean isSwt(String internalName) {
        return internalName.startsWith("org/eclipse/swt/") && !internalName.startsWith("org/eclipse/swt/svg/");
    }

    private static Shape shapeOf(ClassReader reader) {
        Set<String> members = new HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                members.add(name + descriptor);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                members.add(name + descriptor);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Shape(reader.getSuperName(), List.of(reader.getInterfaces()), members);
    }

    private static void eachClass(byte[] jar, Consumer<ClassReader> action) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    action.accept(new ClassReader(in.readAllBytes()));
                }
            }
        }
    }
}
