import { describe, expect, it } from 'vitest'
import { dropUnusedKeyframes } from '../../../../shared/build/keyframes'

describe('dropUnusedKeyframes', () => {
  it('keeps keyframes an animation, a variable or a class name refers to', () => {
    const css = '.a{animation:spin 1s}:root{--animate-ping:ping 1s}.b\\:animate-\\[fade-in_2s\\]{x:y}'
      + '@keyframes spin{to{rotate:1turn}}@keyframes ping{75%,to{opacity:0}}@keyframes fade-in{0%{opacity:0}}'
    expect(dropUnusedKeyframes(css)).toBe(css)
  })

  it('drops the others, whole', () => {
    const css = '.a{animation:spin 1s}@keyframes spin{to{rotate:1turn}}@keyframes marquee{0%{x:0}to{x:1}}@-webkit-keyframes shimmer{0%{a:b}}.z{c:d}'
    expect(dropUnusedKeyframes(css)).toBe('.a{animation:spin 1s}@keyframes spin{to{rotate:1turn}}.z{c:d}')
  })

  it('does not take a longer name for a shorter one', () => {
    const css = '.a{animation:slide-in-from-top 1s}@keyframes slide-in{0%{a:b}}@keyframes slide-in-from-top{0%{a:b}}'
    expect(dropUnusedKeyframes(css)).toBe('.a{animation:slide-in-from-top 1s}@keyframes slide-in-from-top{0%{a:b}}')
  })
})
