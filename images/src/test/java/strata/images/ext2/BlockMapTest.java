package strata.images.ext2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The block map's levels with 1 KiB blocks (256 pointers a block): which inode pointer a logical
 * block hangs from and how many indirect blocks lie on its way, up to the last block the triple
 * indirect block maps. Only the blocks on the way are allocated, so a small volume will do.
 */
class BlockMapTest {
    private static final long TIME = 1_767_225_600L;

    private static Volume volume() {
        return Formatter.format(Geometry.plan(1 << 20, 1024, 256), TIME, 0755);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0", "11, 11, 0",
        "12, 12, 1", "267, 12, 1",
        "268, 13, 2", "65803, 13, 2",
        "65804, 14, 3", "16843019, 14, 3"})
    void aLogicalBlockHangsFromItsPointer(long logical, int root, int indirect) {
        Volume volume = volume();
        long free = volume.freeBlocks();
        BlockMap map = new BlockMap(volume, Inode.create(FileType.REGULAR, 0644, 0, 0, TIME));

        long physical = map.map(logical, 0);

        assertThat(map.physical(logical)).isEqualTo(physical);
        assertThat(map.blocksAdded()).isEqualTo(indirect + 1);
        assertThat(free - volume.freeBlocks()).isEqualTo(indirect + 1);
        int[] pointers = map.pointers();
        for (int i = 0; i < Inode.POINTERS; i++) {
            assertThat(pointers[i] != 0).as("pointer " + i).isEqualTo(i == root);
        }
        if (logical > 0) {
            assertThat(map.physical(logical - 1)).as("the block before is a hole").isZero();
        }
        map.freeAll();
        assertThat(volume.freeBlocks()).isEqualTo(free);
        assertThat(map.pointers()).containsOnly(0);
    }

    @Test
    void aMapEndsWhereTheTripleIndirectBlockEnds() {
        assertThat(BlockMap.capacity(1024)).isEqualTo(16843020L);
        BlockMap map = new BlockMap(volume(), Inode.create(FileType.REGULAR, 0644, 0, 0, TIME));
        assertThatThrownBy(() -> map.map(BlockMap.capacity(1024), 0)).isInstanceOf(Ext2Exception.class)
                .hasMessage("a file cannot have more than 16843020 blocks of 1024 bytes");
    }

    @Test
    void blocksOfOneFileFollowEachOther() {
        Volume volume = volume();
        BlockMap map = new BlockMap(volume, Inode.create(FileType.REGULAR, 0644, 0, 0, TIME));
        long first = map.map(0, 0);
        for (long logical = 1; logical < 12; logical++) {
            assertThat(map.map(logical, 0)).isEqualTo(first + logical);
        }
        long indirect = first + 12;
        assertThat(map.map(12, 0)).isEqualTo(indirect + 1);
        assertThat(map.pointers()[Inode.SINGLE]).isEqualTo((int) indirect);
    }
}
