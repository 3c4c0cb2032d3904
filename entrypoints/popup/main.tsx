import { render } from 'preact';

function Popup() {
  return <p>Reflect Lens</p>;
}

render(<Popup />, document.getElementById('app')!);
