import { benchLighthouse } from './bench/lighthouse'
console.log(await benchLighthouse())
