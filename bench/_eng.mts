const dir = process.argv[2];
const { measureEngine } = await import(`${dir}/bench/engine.ts`);
const m = measureEngine(1000, 1.5);
console.log(dir, (m.agentStepsPerSecond/1e6).toFixed(2), (100*m.shareOfKernel).toFixed(1)+'%');
