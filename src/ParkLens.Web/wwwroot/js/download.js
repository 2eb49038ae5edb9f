// Saves a file streamed from the server (DotNetStreamReference) under a name, without an API round trip.
window.parklensDownload = async (fileName, streamRef) => {
  const buffer = await streamRef.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName ?? '';
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
};
