/**
 * The registry's pages: the public search with facets ({@code /registeret}) and profile pages, the national
 * coordinators' verification queue and merges ({@code /koordinator/registeret}) and a municipality's mentions with
 * suggestions ({@code /admin/kommune/omtaler}). Its face is HTTP only.
 */
@NullMarked
package no.samarbeid.registry.web;

import org.jspecify.annotations.NullMarked;
