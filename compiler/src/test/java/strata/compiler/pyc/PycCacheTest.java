package strata.compiler.pyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache names as importlib's {@code cache_from_source} makes them, and the header check. */
class PycCacheTest {
    @TempDir
    Path folder;

    @Test
    void namesTheCacheAsImportlibDoes() {
        assertThat(PycCache.cachePath(Path.of("pkg/mod.py"))).isEqualTo(Path.of("pkg/__pycache__/mod.strata-311.pyc"));
        assertThat(PycCache.cachePath(Path.of("mod.py"))).isEqualTo(Path.of("__pycache__/mod.strata-311.pyc"));
        assertThat(PycCache.cachePath(Path.of("a.b.py"))).isEqualTo(Path.of("__pycache__/a.b.strata-311.pyc"));
        assertThat(PycCache.cachePath(Path.of("script"))).isEqualTo(Path.of("__pycache__/scriptstrata-311.pyc"));
        assertThat(PycCache.cachePath(Path.of(".py"))).isEqualTo(Path.of("__pycache__/py.strata-311.pyc"));
    }

    @Test
    void aCacheIsUpToDateWhileTheSourceKeepsItsMtimeAndSize() throws Exception {
        Path source = folder.resolve("m.py");
        Files.writeString(source, "x = 1\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(1_700_000_000_500L));
        Path cache = PycCache.cachePath(source);
        assertThat(PycCache.upToDate(source, cache)).isFalse();
        assertThat(PycCache.write(source, PycCache.headerFor(source), Samples.module())).isEqualTo(cache);
        assertThat(PycCache.upToDate(source, cache)).isTrue();
        assertThat(PycReader.read(Files.readAllBytes(cache)).header().mtime()).isEqualTo(1_700_000_000L);

        Files.writeString(source, "x = 12\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(1_700_000_000_500L));
        assertThat(PycCache.upToDate(source, cache)).as("size changed").isFalse();
        Files.writeString(source, "x = 1\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(1_700_000_001_000L));
        assertThat(PycCache.upToDate(source, cache)).as("mtime changed").isFalse();
        Files.write(cache, new byte[3]);
        assertThat(PycCache.upToDate(source, cache)).as("damaged").isFalse();
        try (var files = Files.list(cache.getParent())) {
            assertThat(files).containsExactly(cache);
        }
    }
}
