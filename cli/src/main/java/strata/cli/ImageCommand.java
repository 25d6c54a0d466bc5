package strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.images.ImageBuilder;
import strata.images.ImageFile;
import strata.images.Listing;
import strata.images.Sizes;
import strata.images.ext2.Attributes;
import strata.images.ext2.Ext2Exception;
import strata.images.ext2.FileSystem;
import strata.images.ext2.FileType;
import strata.images.ext2.Inode;

/**
 * {@code strata image}: builds ext2 disk images from a directory tree and reads and changes
 * them (docs/disk.md). Each operation is a subcommand of its own below. A problem with the image
 * or the request is one line, {@code strata image: IMG: message}, and status 1; a change that
 * fails leaves the image file as it was.
 */
@Command(name = "image",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build, list, read and change ext2 disk images (docs/disk.md).",
        subcommands = {
                ImageCommand.Build.class,
                ImageCommand.Ls.class,
                ImageCommand.Cat.class,
                ImageCommand.Put.class,
                ImageCommand.Get.class,
                ImageCommand.Rm.class,
                ImageCommand.Mkdir.class,
        })
public final class ImageCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand shares: the image it works on and how its errors are reported. */
    abstract static class Operation implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Path image();

        abstract void apply() throws IOException;

        @Override
        public Integer call() {
            try {
                apply();
                return 0;
            } catch (Ext2Exception e) {
                return fail(e.getMessage());
            } catch (UncheckedIOException e) {
                return fail(describe(e.getCause()));
            } catch (IOException e) {
                return fail(describe(e));
            }
        }

        /** A host file's problem in words: Java names only the file for the common ones. */
        private static String describe(IOException e) {
            if (e instanceof NoSuchFileException missing) {
                return missing.getFile() + ": no such file or directory";
            }
            if (e instanceof AccessDeniedException denied) {
                return denied.getFile() + ": permission denied";
            }
            return e.getMessage();
        }

        private int fail(String message) {
            System.out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("strata image: " + image() + ": " + message);
            err.flush();
            return 1;
        }

        /** Now, in seconds: the time of a change (its ctime, and mtime of a new directory). */
        static long now() {
            return System.currentTimeMillis() / 1000;
        }
    }

    /** An operation on an image that exists, named first. */
    abstract static class OnImage extends Operation {
        @Parameters(index = "0", paramLabel = "IMG", description = "The image.")
        Path image;

        @Override
        Path image() {
            return image;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Build an image of the directory tree DIR: files, directories and symbolic links with their "
                    + "permissions and times, owned by root. The same tree gives the same bytes.")
    static final class Build extends Operation {
        @Parameters(index = "0", paramLabel = "DIR", description = "The tree to put in the image.")
        Path tree;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "IMG", description = "The image to write.")
        Path output;

        @Option(names = "--size", paramLabel = "SIZE", description = "The image's size: bytes, or with K, M or G "
                + "(default: the tree and an eighth more, in whole MiB).")
        String size;

        @Option(names = "--block-size", paramLabel = "BYTES", defaultValue = "1024",
                description = "1024 or 4096 (default: ${DEFAULT-VALUE}).")
        int blockSize;

        @Option(names = "--mtime", paramLabel = "SECONDS", description = "Give every file and the file system this "
                + "time (seconds since 1970) instead of the files' own; default: $SOURCE_DATE_EPOCH if set.")
        Long mtime;

        @Override
        Path image() {
            return output;
        }

        @Override
        void apply() {
            Long time = mtime != null ? mtime : sourceDateEpoch();
            Long bytes = size == null ? null : Sizes.parse(size);
            ImageFile.write(output, ImageBuilder.build(tree, bytes, blockSize, time));
        }

        private static Long sourceDateEpoch() {
            String value = System.getenv("SOURCE_DATE_EPOCH");
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new Ext2Exception("SOURCE_DATE_EPOCH is '" + value + "', not a number of seconds");
            }
        }
    }

    @Command(name = "ls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List a directory of the image (by name), or name one file.")
    static final class Ls extends OnImage {
        @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", defaultValue = "/",
                description = "A path in the image (default: /).")
        String path;

        @Option(names = "-l", description = "Long listing, as ls -l: mode, links, owner, group, size, time (UTC).")
        boolean longFormat;

        @Override
        void apply() {
            FileSystem fs = ImageFile.open(image);
            // As ls: a link is shown itself with -l, and followed without.
            long number = fs.lookup(path, !longFormat);
            Inode inode = fs.inode(number);
            List<FileSystem.Entry> entries;
            if (inode.type() == FileType.DIRECTORY) {
                entries = fs.list(number, path).stream()
                        .sorted(Comparator.comparing(FileSystem.Entry::name)).toList();
            } else {
                String name = path.replaceAll("/+$", "");
                entries = List.of(new FileSystem.Entry(name.substring(name.lastIndexOf('/') + 1), number, inode));
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> lines = longFormat ? Listing.longFormat(fs, entries)
                    : entries.stream().map(FileSystem.Entry::name).toList();
            lines.forEach(out::println);
            out.flush();
        }
    }

    @Command(name = "cat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write a file of the image to standard output.")
    static final class Cat extends OnImage {
        @Parameters(index = "1", paramLabel = "PATH", description = "A file in the image.")
        String path;

        @Override
        void apply() throws IOException {
            FileSystem fs = ImageFile.open(image);
            OutputStream out = System.out;
            fs.read(fs.resolve(path), path, out);
            out.flush();
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Copy a file out of the image into HOSTFILE (into it, if a directory).")
    static final class Get extends OnImage {
        @Parameters(index = "1", paramLabel = "PATH", description = "A file in the image.")
        String path;

        @Parameters(index = "2", paramLabel = "HOSTFILE", description = "Where to write it.")
        Path host;

        @Override
        void apply() throws IOException {
            FileSystem fs = ImageFile.open(image);
            long number = fs.resolve(path);
            if (fs.inode(number).type() != FileType.REGULAR) {
                throw new Ext2Exception(path + ": not a regular file");
            }
            Path target = Files.isDirectory(host) ? host.resolve(baseName(path)) : host;
            boolean existed = Files.exists(target);
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.read(number, path, out);
            } catch (NoSuchFileException e) {
                throw new Ext2Exception(target + ": cannot write it (no such directory)");
            } catch (Ext2Exception | IOException e) {
                // A file cut short by a damaged image is worse than none.
                if (!existed) {
                    Files.deleteIfExists(target);
                }
                throw e;
            }
        }
    }

    @Command(name = "put", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Copy HOSTFILE into the image as PATH (into it, if a directory), replacing a file there; "
                    + "it keeps its permissions and time, owned by root.")
    static final class Put extends OnImage {
        @Parameters(index = "1", paramLabel = "HOSTFILE", description = "The file to copy in.")
        Path host;

        @Parameters(index = "2", paramLabel = "PATH", description = "Where it goes in the image.")
        String path;

        @Override
        void apply() throws IOException {
            if (!Files.isRegularFile(host)) {
                throw new Ext2Exception(host + ": " + (Files.exists(host) ? "not a regular file" : "no such file"));
            }
            Attributes attributes = new Attributes(permissions(host), 0, 0,
                    Files.getLastModifiedTime(host).toInstant().getEpochSecond());
            long time = now();
            ImageFile.update(image, time, fs -> {
                String target = path;
                if (isDirectory(fs, path)) {
                    target = path.replaceAll("/+$", "") + "/" + host.getFileName();
                }
                try (InputStream in = Files.newInputStream(host)) {
                    return fs.writeFile(target, in, attributes, time);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private static boolean isDirectory(FileSystem fs, String path) {
            try {
                return fs.inode(fs.resolve(path)).type() == FileType.DIRECTORY;
            } catch (Ext2Exception e) {
                return false;
            }
        }

        private static int permissions(Path host) throws IOException {
            try {
                return ImageBuilder.permissionBits(Files.getPosixFilePermissions(host, LinkOption.NOFOLLOW_LINKS));
            } catch (UnsupportedOperationException e) {
                return 0644;
            }
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Remove a file, a symbolic link or an empty directory from the image.")
    static final class Rm extends OnImage {
        @Parameters(index = "1", paramLabel = "PATH", description = "What to remove.")
        String path;

        @Override
        void apply() {
            long time = now();
            ImageFile.update(image, time, fs -> {
                fs.remove(path, time);
                return null;
            });
        }
    }

    @Command(name = "mkdir", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Make a directory in the image (mode 755, owned by root); its parent must exist.")
    static final class Mkdir extends OnImage {
        @Parameters(index = "1", paramLabel = "PATH", description = "The directory to make.")
        String path;

        @Override
        void apply() {
            long time = now();
            ImageFile.update(image, time, fs -> fs.mkdir(path, new Attributes(0755, 0, 0, time), time));
        }
    }

    private static String baseName(String path) {
        String[] parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        return parts.length == 0 ? "root" : parts[parts.length - 1];
    }
}
