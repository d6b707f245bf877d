/**
 * The in-page half of the canvas benchmark, as source text: tests/bench runs under the Node
 * tsconfig (no DOM types), and this code runs in Chromium through page.evaluate.
 *
 * `__canvasBench.stroke(selector, frames, perFrame)` draws one long pen stroke on the element:
 * a pointerdown, then one pointermove per animation frame carrying `perFrame` coalesced samples
 * (as a 240 Hz pen delivers them at 60 frames per second), then a pointerup. For every frame it
 * records the main-thread frame time: from the frame's start (the rAF timestamp) to the first
 * task after that frame's rendering (a MessageChannel message), so it includes every rAF
 * callback of the frame (the canvas's own), style, layout and paint.
 *
 * `__canvasBench.plainCanvas(selector)` lays a plain HTML canvas over the element, holding a
 * copy of its pixels, that draws the same samples the simplest way: buffered per frame, one
 * lineTo per segment with the same pressure widths. `__canvasBench.undoFrame()` presses Ctrl+Z and
 * returns the longest of the following frames; `undoRepeats(selector, n)` draws a short stroke and
 * undoes it n times, the longest frame after each undo; `longestFrame(n)` the longest of the next n frames.
 * `armRepaint(selector, maxMs)`, then `repaintResult()`, records the frames from the next window resize or change of pixel
 * ratio until the canvas says its ink is complete (`data-ink="ready"`, at once when nothing is
 * repainted): the first and the longest frame, and the time to complete. `naiveRepaint(selector, strokes)` is its baseline: all strokes painted in one frame.
 */
export const CANVAS_DRIVER = String.raw`
(() => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterRender = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });

  async function stroke(selector, frames, perFrame) {
    const target = document.querySelector(selector);
    if (!target) throw new Error('no ' + selector);
    const r = target.getBoundingClientRect();
    const total = frames * perFrame;
    const at = (i) => ({
      x: r.left + r.width * (0.08 + (0.84 * i) / total),
      y: r.top + r.height * (0.5 + 0.35 * Math.sin(i / 37)),
      p: 0.3 + 0.5 * (0.5 + 0.5 * Math.sin(i / 23)),
    });
    const event = (type, q, extra) =>
      new PointerEvent(type, {
        pointerId: 9,
        pointerType: 'pen',
        isPrimary: true,
        clientX: q.x,
        clientY: q.y,
        pressure: type === 'pointerup' ? 0 : q.p,
        buttons: type === 'pointerup' ? 0 : 1,
        button: type === 'pointermove' ? -1 : 0,
        bubbles: true,
        cancelable: true,
        ...extra,
      });
    await nextFrame();
    target.dispatchEvent(event('pointerdown', at(0)));
    const times = [];
    let i = 1;
    for (let f = 0; f < frames; f++) {
      const frameStart = await nextFrame();
      const samples = [];
      for (let k = 0; k < perFrame && i < total; k++, i++) samples.push(event('pointermove', at(i)));
      const last = samples[samples.length - 1];
      target.dispatchEvent(event('pointermove', { x: last.clientX, y: last.clientY, p: last.pressure }, { coalescedEvents: samples }));
      times.push((await afterRender()) - frameStart);
    }
    await nextFrame();
    target.dispatchEvent(event('pointerup', at(total - 1)));
    await afterRender();
    await nextFrame();
    return { times, coalesced: typeof PointerEvent.prototype.getCoalescedEvents === 'function' };
  }

  function plainCanvas(selector) {
    const source = document.querySelector(selector);
    const r = source.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(r.width * dpr);
    canvas.height = Math.round(r.height * dpr);
    canvas.id = 'plain-canvas';
    for (const [k, v] of Object.entries({ position: 'fixed', left: r.left + 'px', top: r.top + 'px', width: r.width + 'px', height: r.height + 'px', zIndex: '1000', background: '#fff', touchAction: 'none' })) canvas.style[k] = v;
    document.body.append(canvas);
    const ctx = canvas.getContext('2d');
    ctx.scale(dpr, dpr);
    for (const layer of source.querySelectorAll('canvas')) ctx.drawImage(layer, 0, 0, r.width, r.height);
    const scale = r.width / (r.width > r.height ? 2970 : 2100);
    const pending = [];
    let last = null;
    let down = false;
    let request = 0;
    const point = (e) => ({ x: e.clientX - r.left, y: e.clientY - r.top, p: e.pressure });
    const paint = () => {
      request = 0;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#3b3b3b';
      for (const p of pending) {
        if (last) {
          ctx.lineWidth = 7 * scale * (0.3 + 1.4 * ((last.p + p.p) / 2));
          ctx.beginPath();
          ctx.moveTo(last.x, last.y);
          ctx.lineTo(p.x, p.y);
          ctx.stroke();
        }
        last = p;
      }
      pending.length = 0;
      if (down) request = requestAnimationFrame(paint);
    };
    canvas.addEventListener('pointerdown', (e) => {
      down = true;
      last = null;
      pending.push(point(e));
      if (!request) request = requestAnimationFrame(paint);
    });
    canvas.addEventListener('pointermove', (e) => {
      const samples = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
      for (const s of samples.length > 0 ? samples : [e]) pending.push(point(s));
    });
    canvas.addEventListener('pointerup', (e) => {
      down = false;
      pending.push(point(e));
    });
    return '#plain-canvas';
  }

  async function undoFrame() {
    await nextFrame();
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyZ', key: 'z', ctrlKey: true, bubbles: true }));
    let longest = 0;
    for (let f = 0; f < 6; f++) {
      const frameStart = await nextFrame();
      longest = Math.max(longest, (await afterRender()) - frameStart);
    }
    return longest;
  }

  // Draws a short stroke and undoes it, n times: the longest frame after each undo.
  async function undoRepeats(selector, n) {
    const longest = [];
    for (let i = 0; i < n; i++) {
      await stroke(selector, 12, 4);
      await longestFrame(3);
      longest.push(await undoFrame());
    }
    return longest;
  }

  async function longestFrame(count) {
    let longest = 0;
    for (let f = 0; f < count; f++) {
      const frameStart = await nextFrame();
      longest = Math.max(longest, (await afterRender()) - frameStart);
    }
    return longest;
  }

  // Records every frame from the window's resize (or a change of pixel ratio) until the page says
  // its ink is complete (data-ink="ready", canvasController.ts): the longest frame, and the time
  // to complete. A resize that repaints nothing is complete when its first frame is rendered.
  // armRepaint starts listening (before the change is made, from another DevTools session) and
  // repaintResult waits for what it recorded; a change that never comes gives NaN after maxMs.
  let recording = null;
  function armRepaint(selector, maxMs) {
    recording = repaint(selector, maxMs);
    return true;
  }
  function repaintResult() {
    return recording;
  }

  function repaint(selector, maxMs) {
    const paper = document.querySelector(selector);
    const armed = performance.now();
    return new Promise((resolve) => {
      let t0 = -1;
      let readyAt = -1;
      let longest = 0;
      let first = 0;
      let frames = 0;
      const observer = new MutationObserver(() => {
        if (t0 >= 0 && paper.dataset.ink === 'ready' && readyAt < 0) readyAt = performance.now();
      });
      observer.observe(paper, { attributes: true, attributeFilter: ['data-ink'] });
      const start = () => {
        if (t0 < 0) t0 = performance.now();
      };
      // Events first; the loop below also notices a change they missed, at the frame it shows in.
      const ratio = window.devicePixelRatio;
      const size = window.innerWidth + 'x' + window.innerHeight;
      const query = window.matchMedia('(resolution: ' + ratio + 'dppx)');
      window.addEventListener('resize', start, { once: true });
      query.addEventListener('change', start, { once: true });
      const loop = async () => {
        const frameStart = await nextFrame();
        if (t0 < 0 && (window.devicePixelRatio !== ratio || window.innerWidth + 'x' + window.innerHeight !== size)) t0 = frameStart;
        const end = await afterRender();
        const took = end - frameStart;
        if (t0 < 0 && end - armed > maxMs) {
          observer.disconnect();
          resolve({ longest: NaN, first: NaN, complete: NaN, frames: 0 });
          return;
        }
        if (t0 >= 0) {
          if (readyAt < 0 && paper.dataset.ink === 'ready') readyAt = end;
          frames++;
          if (frames === 1) first = took;
          longest = Math.max(longest, took);
          const done = readyAt >= 0 && paper.dataset.ink === 'ready';
          if (done || performance.now() - t0 > maxMs) {
            observer.disconnect();
            query.removeEventListener('change', start);
            resolve({ longest, first, complete: readyAt >= 0 ? readyAt - t0 : NaN, frames });
            return;
          }
        }
        loop();
      };
      loop();
    });
  }

  // The baseline: every stroke painted in one frame, the simple way (one path per run of nearly
  // equal width, as strokePainter cuts them), on a fresh canvas the size of the page's bitmap.
  async function naiveRepaint(selector, flat) {
    const paper = document.querySelector(selector);
    const r = paper.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(r.width * dpr);
    canvas.height = Math.round(r.height * dpr);
    const ctx = canvas.getContext('2d');
    const scale = (r.width * dpr) / (r.width > r.height ? 2970 : 2100);
    await nextFrame();
    const frameStart = await nextFrame();
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#3b3b3b';
    let k = 0;
    for (const n of flat.counts) {
      let width = -1;
      for (let i = k + 1; i < k + n; i++) {
        const w = flat.width * (0.3 + 1.4 * ((flat.p[i - 1] + flat.p[i]) / 2));
        if (width < 0 || Math.abs(w - width) > width * 0.04) {
          if (width >= 0) ctx.stroke();
          width = w;
          ctx.lineWidth = w;
          ctx.beginPath();
          ctx.moveTo(flat.x[i - 1], flat.y[i - 1]);
        }
        ctx.lineTo(flat.x[i], flat.y[i]);
      }
      if (width >= 0) ctx.stroke();
      k += n;
    }
    ctx.getImageData(0, 0, 1, 1);
    const took = (await afterRender()) - frameStart;
    canvas.width = 0;
    return took;
  }

  window.__canvasBench = { stroke, plainCanvas, undoFrame, undoRepeats, longestFrame, armRepaint, repaintResult, naiveRepaint };
})();
`;
