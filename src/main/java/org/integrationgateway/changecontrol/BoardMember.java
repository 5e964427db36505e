package org.integrationgateway.changecontrol;

import org.springframework.data.relational.core.mapping.Table;

@Table("change_board_member")
public record BoardMember(long person) {
}
