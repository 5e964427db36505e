package org.integrationgateway.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    Page<ApiToken> findByUserAccountAndRevokedAtIsNull(Long userAccount, Pageable pageable);

    long countByUserAccountAndRevokedAtIsNull(Long userAccount);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Records a use at most once a minute per token, so that busy clients do not write on every request. */
    @Modifying
    @Query("update api_token set last_used_at = :now where id = :id"
            + " and (last_used_at is null or last_used_at < :threshold)")
    int touch(Long id, Instant now, Instant threshold);
}
