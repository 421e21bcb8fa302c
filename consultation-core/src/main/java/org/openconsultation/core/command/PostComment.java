package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Stance;

/**
 * Comments on a contribution, or replies to a comment on it.
 *
 * @param consultation the consultation
 * @param contribution the contribution discussed
 * @param replyTo the comment replied to, or null
 * @param body the text
 * @param stance agree, neutral or disagree, or null
 */
public record PostComment(
    @NotNull ConsultationId consultation,
    @NotNull ContributionId contribution,
    @Nullable CommentId replyTo,
    @NotBlank @Size(max = 5_000) String body,
    @Nullable Stance stance) {}
