// liftStyles takes the client's document apart before anything parses it (issue 13 item 7): it
// must take time in proportion to the document, also for text that only looks like the start
// of a tag. /<[a-z][^>]*>/ tried every "<a" to the end of the text: 50,000 of them took seconds.
import { describe, expect, it } from 'vitest';
import { liftStyles } from '../../renderer/components/prepareDocument.ts';

const timed = (html: string): number => {
  const start = performance.now();
  liftStyles(html);
  return performance.now() - start;
};

describe('liftStyles', () => {
  it('lifts the stylesheets and the style attributes, and leaves text alone', () => {
    const { css, rest } = liftStyles('<HTML><head><style media="print">p{color:red}</style><STYLE>h1{}</STYLE></head><body><p style="x:y" class="a">style="blijft" 3 < 4</p><img src="a.png" STYLE=\'b\'></body></HTML>');
    expect(css).toBe('p{color:red}\nh1{}');
    expect(rest).toBe('<HTML><head></head><body><p class="a">style="blijft" 3 < 4</p><img src="a.png"></body></HTML>');
  });

  it('keeps a half tag at the end and a <style> that is never closed as they are (without its style attribute)', () => {
    expect(liftStyles('<p>a</p><b style="x"').rest).toBe('<p>a</p><b style="x"');
    expect(liftStyles('<style style="x">p{}').rest).toBe('<style>p{}');
  });

  it.each([
    ['"<a" without an end', '<a'],
    ['"<style" without an end', '<style'],
    ['"<style>" never closed', '<style>'],
    ['"<p style=" never closed', '<p style='],
  ])('runs in linear time on 50,000 times %s', (_name, piece) => {
    // Twice the input must take about twice the time, not four times; a generous bound against
    // a loaded machine, and an absolute one: the quadratic version took seconds.
    const small = timed(piece.repeat(25_000));
    const large = timed(piece.repeat(50_000));
    expect(large).toBeLessThan(500);
    expect(large).toBeLessThan(Math.max(small * 6, 50));
  });
});
