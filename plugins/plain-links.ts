// Internal links as plain links. NuxtLink renders them through `RouterLink`, and
// without vue-router (the site has no pages router, see README, "Light pages")
// Nuxt's stand-in leaves the base URL out of `href`. Every page is a prerendered
// document, so a link only needs the right address; the browser follows it.
import { joinURL } from 'ufo'
import { defineComponent, h } from 'vue'

export default defineNuxtPlugin({
  name: 'help:plain-links',
  dependsOn: ['nuxt:router'],
  setup(nuxtApp) {
    const { baseURL } = useRuntimeConfig().app
    nuxtApp.vueApp.component('RouterLink', defineComponent({
      props: {
        to: { type: String, required: true },
        custom: Boolean,
        // Accepted, as NuxtLink passes them, and unused: a plain link has no active state.
        replace: Boolean,
        activeClass: String,
        exactActiveClass: String,
        ariaCurrentValue: String,
      },
      setup(props, { slots }) {
        return () => {
          const href = joinURL(baseURL, props.to)
          return props.custom
            ? slots.default?.({ href, navigate: () => window.location.assign(href), route: { path: props.to } })
            : h('a', { href }, slots.default?.())
        }
      },
    }))
  },
})
