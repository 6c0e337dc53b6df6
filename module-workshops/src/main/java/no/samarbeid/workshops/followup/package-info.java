/**
 * The municipality's open next steps, learnt from the impact module's events (never its tables), for review at its
 * next workshop and on the staff's start page. Its face: {@link no.samarbeid.workshops.followup.FollowUps}.
 */
@NullMarked
package no.samarbeid.workshops.followup;

import org.jspecify.annotations.NullMarked;
