package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretsTests {

    @Test
    void generatedTokensHaveThePrefixAnd32RandomBytesInBase64Url() {
        String token = ApiTokenSecrets.generate();
        assertThat(token).startsWith("igw_").hasSize(4 + 43).matches("igw_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokenSecrets.isWellFormed(token)).isTrue();
    }

    @Test
    void generatedTokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokenSecrets.generate())).isTrue();
        }
    }

    @Test
    void hashIsTheSha256HexOfTheSecret() {
        assertThat(ApiTokenSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = ApiTokenSecrets.generate();
        assertThat(ApiTokenSecrets.hash(token)).hasSize(64).isEqualTo(ApiTokenSecrets.hash(token))
                .doesNotContain(token.substring(4));
    }

    @Test
    void refusesAnythingThatIsNotATokenWithoutLookingItUp() {
        assertThat(ApiTokenSecrets.isWellFormed(null)).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("")).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("igw_short")).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("xyz_" + "a".repeat(43))).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("igw_" + "a".repeat(42) + "=")).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("igw_" + "a".repeat(44))).isFalse();
    }

    @Test
    void theDisplayedPrefixIsTheFirstTwelveCharacters() {
        String token = ApiTokenSecrets.generate();
        assertThat(ApiTokenSecrets.displayPrefix(token)).hasSize(12).isEqualTo(token.substring(0, 12));
    }
}
