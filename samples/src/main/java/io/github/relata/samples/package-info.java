/**
 * The built-in sample posts: {@link io.github.relata.samples.SamplePosts}.
 */
package io.github.relata.samples;
