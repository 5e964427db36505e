package org.integrationgateway.changecontrol;

import java.util.EnumSet;
import java.util.Set;

/** The person acting on a change request, with their roles towards it. {@code personId} is null for a policy. */
public record ChangeActor(Long personId, String name, Set<ChangeRole> roles) {

    public ChangeActor {
        roles = roles.isEmpty() ? EnumSet.noneOf(ChangeRole.class) : EnumSet.copyOf(roles);
    }

    public boolean is(ChangeRole role) {
        return roles.contains(role);
    }

    public boolean isAny(Set<ChangeRole> any) {
        return any.stream().anyMatch(roles::contains);
    }
}
