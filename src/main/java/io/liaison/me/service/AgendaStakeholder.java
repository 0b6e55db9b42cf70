package io.liaison.me.service;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaStakeholder", description = "A stakeholder as an agenda shows them: who they are today")
public record AgendaStakeholder(
        UUID id,
        @Schema(example = "Cllr Sam Example") String name,
        @Schema(nullable = true, example = "Labour") String party,

        @Schema(description = "The posts held today, as 'title, organisation'", example = "[\"Leader, Barnet\"]")
        List<String> posts) {}
