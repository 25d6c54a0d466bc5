package strata.images.ext2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Directory entries added and removed in any order, with names of any length: the directory
 * always lists exactly the names a model holds, every block still parses (record lengths tile
 * it), and a directory emptied again still holds only "." and "..".
 */
class DirectoryPropertyTest {
    private static final long TIME = 1_767_225_600L;

    @Property(tries = 60)
    void entriesAreWhatWasAddedAndNotRemoved(
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 100_000) Integer> steps) {
        Volume volume = Formatter.format(Geometry.plan(1 << 20, 1024, 256), TIME, 0755);
        FileSystem fs = new FileSystem(volume);
        Directory dir = new Directory(volume, fs.mkdir("/d", new Attributes(0755, 0, 0, TIME), TIME));
        List<String> model = new ArrayList<>();
        int made = 0;
        for (int step : steps) {
            if (step % 3 == 0 && !model.isEmpty()) {
                String name = model.remove(step % model.size());
                dir.remove(name.getBytes(StandardCharsets.UTF_8), TIME);
            } else {
                String name = made++ + "-" + "n".repeat(step % 240);
                dir.add(name.getBytes(StandardCharsets.UTF_8), 12, FileType.REGULAR, TIME);
                model.add(name);
            }
        }
        List<String> names = dir.entries().stream().map(DirEntry::nameText)
                .filter(name -> !name.equals(".") && !name.equals("..")).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(model);
        assertThat(dir.entries().get(0).nameText()).isEqualTo(".");
        assertThat(volume.inode(dir.number()).size() % 1024).isZero();
    }
}
