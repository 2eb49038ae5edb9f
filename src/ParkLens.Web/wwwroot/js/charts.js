// The one bridge between Blazor and Apache ECharts: render an option object into an element, report clicks, dispose on removal.
window.parklensCharts = {
  // A map drawn from GeoJSON text the server sent (no tiles, no network), for `map` series and `geo` components to name.
  registerMap(name, geojson) {
    if (!name || !geojson || !window.echarts) { return; }
    echarts.registerMap(name, typeof geojson === 'string' ? JSON.parse(geojson) : geojson);
  },
  render(element, option) {
    if (!element || !window.echarts) { return; }
    const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option, true);
    if (!element.dataset.resizeBound) {
      element.dataset.resizeBound = '1';
      new ResizeObserver(() => chart.resize()).observe(element);
    }
  },
  onClick(element, dotnet) {
    const chart = element && window.echarts ? echarts.getInstanceByDom(element) : null;
    if (!chart) { return; }
    chart.off('click');
    chart.on('click', params => {
      const id = (params.data && params.data.id) || params.name;
      if (id) { dotnet.invokeMethodAsync('ItemClicked', String(id)); }
    });
  },
  dispose(element) {
    const chart = element && window.echarts ? echarts.getInstanceByDom(element) : null;
    if (chart) { chart.dispose(); }
  }
};
