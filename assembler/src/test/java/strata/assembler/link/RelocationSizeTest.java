package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.object.RelocationType;

/** The bytes a relocation type touches, as the object model states them, are those the linker writes. */
class RelocationSizeTest {

    @Test
    void theLinkersFieldsSpanWhatEachTypeSays() {
        for (RelocationType type : RelocationType.values()) {
            RelocationRule rule = RelocationRule.of(type);
            int width = rule == null || rule.field() == null ? 0 : rule.field().width();
            assertThat(width).as(type.elfName()).isEqualTo(type.size());
        }
    }
}
